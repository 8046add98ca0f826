import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf } from '../../fixtures/documents.ts';

// A county's report, written for this test: its winter games are named beside no medal (a number of athletes, so that
// only the thing counted is missing); its parks are counted.
const GAMES = '一年来，全县冰雪运动蓬勃发展。县运动员代表中国参加冬季奥运，3名赢得荣誉的县运动员受到表彰。';
const PARKS = '一年来，全县生态环境持续改善，新建城市公园12个，森林覆盖率提高到65%。';

const knowledge = countyReportOf('linjiang-count', GAMES, PARKS);
const kindOf = (question: string, held = 1, of = knowledge) => answerQuestion(of, question, { answer: { abstain: { translatedCountHeld: held } } }).kind;
const MEDALS = 'How many gold medals did China win at the Winter Olympics?';

describe('an English "how many" asked of a Chinese report', () => {
  it('is declined where no judged passage names the thing it counts', () => {
    // China, winning, the winter and the Games are met by their translations (four of six words); no passage names a medal.
    expect(kindOf(MEDALS)).toBe('no-match');
    expect(kindOf(MEDALS, 0)).toBe('answer');
  });

  it('is answered where a passage names what it counts, by its own translation or with the word before it', () => {
    expect(kindOf('How many city parks were built?')).toBe('answer');
    // 金牌's whole gloss is "gold medal": the county's medals are named, though no word of the text is glossed "medal".
    expect(kindOf(MEDALS, 1, countyReportOf('linjiang-medals', GAMES.replace('荣誉', '金牌'), PARKS))).toBe('answer');
  });
});
