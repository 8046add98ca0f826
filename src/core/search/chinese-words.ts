/**
 * What the query side needs to know about Chinese beyond its segmentation: words that carry no topic,
 * and the phrases that say what kind of answer a question wants.
 */

/**
 * Chinese words that carry no topic: particles, pronouns, conjunctions and prepositions, auxiliary
 * verbs, and the question words people type when they ask ("什么", "哪些", "吗"). A word that is
 * common but says something (发展, 建设) is left to BM25's weighting.
 */
export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set([
  ...['的', '地', '得', '之', '了', '着', '过', '所', '者'],
  ...['是', '在', '有', '为', '对', '把', '被', '让', '给', '从', '向', '以', '于', '由', '往', '至', '自', '跟', '同', '按', '据'],
  ...['和', '与', '及', '以及', '并', '并且', '而', '而且', '或', '或者', '还是', '但', '但是', '如果', '因为', '所以', '虽然', '即'],
  ...['也', '都', '就', '才', '又', '再', '还', '已', '已经', '曾', '曾经', '将', '正', '正在', '很', '太', '更', '越', '非常'],
  ...['要', '会', '能', '能够', '可', '可以', '可能', '应', '应该', '应当', '该', '需', '需要', '须', '必须', '得以'],
  ...['这', '那', '这个', '那个', '这些', '那些', '这样', '那样', '这里', '那里', '这份', '这项', '其', '此', '该', '本', '每', '各', '某'],
  ...['我', '你', '您', '他', '她', '它', '我们', '你们', '他们', '她们', '它们', '自己', '大家', '咱们'],
  ...['什么', '哪', '哪些', '哪个', '哪里', '哪儿', '怎么', '怎样', '怎么样', '如何', '为什么', '为何', '是否', '能否', '吗', '呢', '吧', '啊', '呀', '么', '嘛'],
  ...['请', '请问', '问', '一下', '告诉', '说说', '介绍', '等', '等等', '个', '些', '一些'],
]);

/**
 * Phrases of a Chinese question that ask for a kind of answer, tried in this order: a date
 * ("什么时候", "哪一年", "何时", "成文日期"), a quantity ("多少", "几个", "多大", "比例"), a person or body
 * ("谁", "哪位", "何人"). Like the English phrases, their words are not searched for.
 */
export const CHINESE_INTENT_PATTERNS: readonly (readonly ['date' | 'quantity' | 'person', RegExp])[] = [
  ['date', /什么时候|什么时间|何时|哪一?年|哪一?天|哪一?日|哪个月|几月几[日号]|几月份?|几号|哪个时间|(?:什么|哪个)日期|日期是/u],
  ['quantity', /多少|几[个种项家次条位名所座只年成倍岁]?|多大|多高|多长|多远|多重|比例|占比|百分之几/u],
  ['person', /谁|哪位|何人/u],
];

/** A passage that reports what someone said: "他说，", "某某表示：", "据……介绍". */
export const CHINESE_SPEAKER = /(?:说|表示|指出|强调|介绍|认为|称|透露|坦言)[，：:“]|据.{1,20}?(?:介绍|透露|称)/u;
