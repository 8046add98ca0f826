/**
 * Which meeting a Chinese question asks: a question word before a word of meeting ("在哪次会议上作的", "什么会议",
 * "哪一届大会", "哪个全会"). A document's head answers it when the document was given at a meeting: its date line names
 * the meeting ("——2024年3月5日在第十四届全国人民代表大会第二次会议上"), as it names the day a "when" asks.
 */
const MEETING_ASKED = /(?:哪一?[次届个场]|什么)(?:会议|全会|大会)/u;

/** A word of meeting in a line: 会议, 全会 (a plenary session), 大会 (an assembly). */
const MEETING = /会议|全会|大会/u;

/** Whether the question's words ask which meeting (see `MEETING_ASKED`); false when `read` is 0. */
export function asksMeeting(typedWords: readonly string[], read: number): boolean {
  return read > 0 && MEETING_ASKED.test(typedWords.join(''));
}

/** Whether a line names a meeting. */
export function namesMeeting(text: string): boolean {
  return MEETING.test(text);
}
