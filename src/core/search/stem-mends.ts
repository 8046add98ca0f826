// Written by bench/stem-mends.ts (175 forms, 17 words): do not edit; run it again.

/**
 * Regular inflections the Porter stemmer files under another stem than their base's, with the base: "died die",
 * "added add", "censuses census". `stemWord` stems the base, so a passage's "died" meets a question's "die" and
 * "death" (its act word), and "added" no longer meets "ad".
 */
export const PARTED_FORMS: ReadonlyMap<string, string> = new Map(
  [
  'abdomens abdomen added add adding add allowanced allowance allowancing allowance alveoluses alveolus apparatuses apparatus apprenticing apprentice',
  'basileuses basileus biases bias biasing bias bluffed bluff bluffing bluff bonuses bonus boycotted boycott boycotting boycott',
  'bronchuses bronchus buffed buff buffing buff buses bus businessmens businessmen butted butt butting butt calculuses calculus',
  'campuses campus canvased canvas canvases canvas canvasing canvas caucused caucus caucuses caucus caucusing caucus censused census',
  'censuses census censusing census chaffed chaff chaffing chaff chorused chorus choruses chorus chorusing chorus chuffing chuff',
  'circuses circus citruses citrus clued clue cluing clue consensuses consensus countenanced countenance countenancing countenance counterbalancing counterbalance',
  'cries cry cuffed cuff cuffing cuff cumuluses cumulus degases degas degasing degas died die dies die',
  'dries dry ebbed ebb egged egg egging egg electrophoruses electrophorus embeding embed emerituses emeritus erred err',
  'evidencing evidence exceeded exceed excursuses excursus exoduses exodus experiencing experience flatuses flatus fluffed fluff fluffing fluff',
  'focuses focus fracases fracas galluses gallus gases gas gastrocnemiuses gastrocnemius geed gee geniuses genius genuses genus',
  'gluing glue hoed hoe hued hue huing hue hypothalamuses hypothalamus ignoramuses ignoramus imbeding imbed impetuses impetus',
  'inconvenienced inconvenience inconveniencing inconvenience incubuses incubus interfered interfere kansases kansas lies lie linemens linemen lotuses lotus',
  'mandamuses mandamus misperceived misperceive misperceiving misperceive mucuses mucus muffed muff muffing muff negatived negative negativing negative',
  'nucleoluses nucleolus nucleuses nucleus offed off opuses opus outdistanced outdistance outdistancing outdistance overdriving overdrive overeated overeat',
  'overfeeded overfeed pases pas persevered persevere phosphoruses phosphorus pies pie plies ply prejudicing prejudice pries pry',
  'proceeded proceed radiuses radius rebuffed rebuff rebuffing rebuff referencing reference refinanced refinance refinancing refinance reverenced reverence',
  'reverencing reverence rumpused rumpus rumpuses rumpus rumpusing rumpus sacrificed sacrifice sacrificing sacrifice scoffed scoff scuffed scuff',
  'scuffing scuff serratuses serratus shies shy silhouetted silhouette silhouetting silhouette sniffed sniff sniffing sniff specimens specimen',
  'spies spy spreed spree staffed staff staffing staff stamens stamen statuses status stimuluses stimulus succeeded succeed',
  'sued sue suing sue surpluses surplus tariffed tariff tariffing tariff teed tee thermostated thermostat thermostating thermostat',
  'thrombuses thrombus thuses thus ties tie tries try truing true typhuses typhus unbalancing unbalance vied vie',
  'vies vie viruses virus walruses walrus warehoused warehouse whiffed whiff whiffing whiff whizes whiz',
  ]
    .join(' ')
    .split(' ')
    .flatMap((word, at, words) => (at % 2 === 0 ? [[word, words[at + 1] ?? word] as const] : [])),
);

/**
 * Words whose "s" the stemmer takes for a plural's, which are words of their own unrelated to the words the stemmer
 * joins them with ("news" and "new", "status" and "statue"): `stemWord` keeps them whole.
 */
export const WHOLE_WORDS: ReadonlySet<string> = new Set(
  'binoculars bronchiolitis dais dramatics droppings hepatitis impetus indoors news odds phonemics sometimes status thermostatics tidings unawares vitals'.split(' '),
);
