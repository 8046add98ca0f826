// The stopword package ships no types. docent reads only its English list, from the file that holds it
// alone: the package's entry point builds the lists of all 60 languages (about 50 ms of every start).
declare module 'stopword/src/stopwords_eng.js' {
  export const eng: readonly string[];
}
