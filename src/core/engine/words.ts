/**
 * The question language around model names: words that carry no meaning for the lookup, words
 * that split a list of models, and cue words for each intent.
 */

export const STOPWORDS = new Set(
  (
    "a an the of for to in on at by is are was were be been it its it's s do does did doing can could " +
    "would should will what whats what's which who whom whose how me my i we our you your us tell show " +
    "give get got please pls plz about with has have had there this that these those than then any some " +
    "much many model models llm llms ai version info information details detail know want need like " +
    "current currently latest now today support supports supported use using used does it offer offered " +
    "available availability list all find look up lookup check just also really good well see yes no " +
    "hey hi hello bot thanks thank one ones from via through per number value values data stats " +
    "currently official officially say says said anything something kind sort type quick question q " +
    "am if whether report profile card overview specs spec specifications sheet makes made make " +
    "long more less behind big bigger kind sort things thing stuff work works working answer " +
    "answers reply questions question ask asking know knows able " +
    "builds built creates created " +
    // Verbs of list questions ("models that take 1m tokens", "can handle pdfs").
    "take takes taking handle handles handling " +
    // Chat filler: greetings, thanks, laughter, hedges. None is a word of any model's name.
    "yo lol lmao lmfao rofl thx ty tysm sup hiya dude bro bruh mate guys folks yall y'all ok okay " +
    "hmm hm um uh erm btw fyi tbh imo idk asap rn cheers kthx np omg ugh gm pretty quick quickly " +
    "wondering curious anyone someone tho though actually basically heya howdy greetings " +
    // Texting spellings of question words ("what can u do", "is ur price"): no name has them.
    "u ur ya wat wut " +
    // More filler that opens or closes a chat line ("ok so …", "cool, and …", "sorry, …").
    "so anyway alright cool nice awesome sorry oh ah uhh welp yeah yep nah"
  ).split(/\s+/),
);

/** Words between model names in a list: "a vs b", "a and b", "a, b or c". */
export const SEPARATORS = new Set(["vs", "versus", "and", "or", "against", "compared"]);

export const COMPARE_CUES = new Set([
  "compare",
  "comparison",
  "comparing",
  "vs",
  "versus",
  "difference",
  "differences",
  "diff",
  "better",
  "against",
  "compared",
  "cheaper",
  "faster",
  "bigger",
  "larger",
  "smaller",
  "which",
]);

export const HELP_CUES = new Set([
  "help",
  "usage",
  "commands",
  "examples",
  "example",
  "howto",
  "start",
]);

/** Whole questions about the bot itself. */
export const HELP_PATTERN =
  /\b(?:what (?:kinds?|sorts?|types?) of questions|what can (?:i|you|u|ya) (?:ask|do)|what (?:do|can) (?:you|u|this bot|the bot) do|how (?:does|do) (?:this|the|you|u)(?: bot)? work|how (?:do i|to) use (?:this|the|you|u)|who are (?:you|u)|what are (?:you|u))\b/;

/**
 * Words of questions about something else entirely ("what's the weather in berlin", "tell me a
 * joke", "who won the world cup"). With no model, maker or benchmark named, such a question gets
 * the help answer saying what the bot knows, not a did-you-mean for a model called "weather".
 * None of them is a word of any model's name (a name that had one would win: it resolves first).
 */
export const OFF_TOPIC_WORDS = new Set(
  (
    "weather forecast rain temperature joke jokes poem poems story stories song songs lyrics " +
    "recipe recipes cook cooking news headlines sports football soccer basketball baseball " +
    "cricket tennis cup election elections president politics stock stocks bitcoin crypto " +
    "horoscope movie movies film films homework girlfriend boyfriend restaurant restaurants " +
    "flight flights hotel hotels traffic match matches game games"
  ).split(/\s+/),
);

/** "How open is Meta about Llama", "how secretive is OpenAI": transparency in plain words. */
export const TRANSPARENCY_PATTERN =
  /\bhow (?:open|forthcoming|secretive|closed) (?:is|are|was|were) \S+(?: \S+)? (?:about|with|regarding)\b/;

export const TRANSPARENCY_CUES = new Set([
  "transparency",
  "transparent",
  "fmti",
  "openness",
  "opaque",
  "disclosure",
  "disclosures",
  "disclose",
  "discloses",
  "disclosed",
]);

export const BENCHMARK_CUES = new Set([
  "benchmark",
  "benchmarks",
  "score",
  "scores",
  "scored",
  "result",
  "results",
  "performance",
  "perform",
  "performs",
  "eval",
  "evals",
  "evaluation",
  "evaluations",
  "leaderboards",
  "leaderboard",
]);

export const TOP_CUES = new Set([
  "top",
  "best",
  "highest",
  "leading",
  "leaders",
  "leader",
  "leaderboard",
  "ranking",
  "rankings",
  "strongest",
  "winner",
  "leads",
  "lead",
  "ranks",
  "ranked",
  // The board's other end ("worst 5 on livebench", "bottom 10"): board-end.ts reads which.
  "worst",
  "bottom",
  "weakest",
]);

/** Every cue word, for typo repair of question words. */
export const QUESTION_WORDS: readonly string[] = [
  ...STOPWORDS,
  ...SEPARATORS,
  ...COMPARE_CUES,
  ...HELP_CUES,
  ...TRANSPARENCY_CUES,
  ...BENCHMARK_CUES,
  ...TOP_CUES,
  // Known words, so never "repaired" into a benchmark ("stock" is no "stack", "match" no "math").
  ...OFF_TOPIC_WORDS,
  "transparency",
  "compare",
  "models",
  "most",
  "least",
  "makes",
  "made",
  "make",
  "builds",
  "built",
  "created",
  "creates",
];

/** Verbs that open a yes/no question: "is X open source", "does X think", "can X reason". */
const YES_NO_VERBS = new Set([
  "is",
  "are",
  "was",
  "does",
  "do",
  "did",
  "can",
  "could",
  "has",
  "will",
  "would",
]);

/** "what is …", "how much is …": a question word before the verb makes no yes/no question. */
const WH_WORDS = new Set([
  "what",
  "whats",
  "what's",
  "which",
  "who",
  "whom",
  "whose",
  "how",
  "when",
  "where",
  "why",
]);

/**
 * Where the verb opening a yes/no question is, after any greeting or filler before it ("yo is X
 * open source", "hey bot, does X think"); -1 when the question is no yes/no question.
 */
export function yesNoVerbAt(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    if (YES_NO_VERBS.has(w)) return i;
    if (WH_WORDS.has(w) || (!STOPWORDS.has(w) && !SEPARATORS.has(w))) return -1;
  }
  return -1;
}

/** Verbs of producing text: with a token count they ask for the output limit. */
export const OUTPUT_VERBS = new Set([
  "write",
  "writes",
  "generate",
  "generates",
  "produce",
  "produces",
  "emit",
  "emits",
  "spit",
  "return",
  "returns",
  "output",
]);
