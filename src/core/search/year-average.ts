/**
 * An average over years against one year asked. A report writes a topic's number of one year beside its average over
 * several ("居民消费价格上涨2.0%" of last year, "居民消费价格年均上涨2.1%" of five), and a reader asking one year's
 * ("2023年居民消费价格实际上涨了多少") does not take the average for it: it is a number of no year.
 */

/** A question's words of one year: the documents' this year or last (as `unopposedWrites` puts a year in digits), or a year in digits. */
const ONE_YEAR = /今年|本年|去年|上年|过去一年|\d{4}年/u;

/** A number averaged over years: "年均上涨2.1%", "平均每年减少1000多万人". */
const YEARLY_AVERAGE = /年均|平均每年|每年平均/u;

/** A question asking of several years, whose average is an answer: "年均", "五年来", "2018年以来", "2018年到2022年". */
const SEVERAL_YEARS = /年均|平均每年|每年|\p{Script=Han}年来|以来|年(?:到|至)/u;

/**
 * The qualifier pair "one year against an average over years" (`unopposedWrites`'s `QUALIFIER_PAIRS`, one way only)
 * when the question, as the documents say its time, asks of one year and not of several; none when `on` is 0.
 */
export function averageAgainstYear(asked: string, on: number): readonly (readonly [RegExp, RegExp])[] {
  return on > 0 && ONE_YEAR.test(asked) && !SEVERAL_YEARS.test(asked) ? [[ONE_YEAR, YEARLY_AVERAGE]] : [];
}
