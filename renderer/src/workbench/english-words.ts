// Finds English-looking words in workbench output, so readable fragments stand out before the whole text falls.

/** Common English words; enough to light up the first readable fragments of a decryption. */
const COMMON = `
OF TO IN IS IT BE AS AT BY ON OR WE HE AN DO IF MY NO SO UP US ME GO AM
THE AND FOR ARE BUT NOT YOU ALL ANY CAN HAD HER WAS ONE OUR OUT DAY GET HAS HIM HIS HOW MAN NEW NOW OLD SEE
TWO WAY WHO BOY DID ITS LET PUT SAY SHE TOO USE YES YET KEY END OFF OWN SET RUN WHY ASK MEN ALSO
THAT WITH HAVE THIS WILL YOUR FROM THEY KNOW WANT BEEN GOOD MUCH SOME TIME VERY WHEN COME HERE JUST LIKE
LONG MAKE MANY MORE ONLY OVER SUCH TAKE THAN THEM WELL WERE WHAT THEN INTO YEAR BACK GIVE MOST EVEN
FIND TELL DOOR OPEN CODE PLAN NEXT LAST MEET CITY DATA FILE LOCK KEEP SAFE NAME TRUE SAID EACH MUST
WHERE THERE THEIR WOULD ABOUT COULD OTHER WHICH AFTER FIRST THESE THINK NEVER UNDER AGAIN WHILE
RIGHT STILL EVERY GREAT PLACE SHOULD BEFORE THROUGH BECAUSE PEOPLE NIGHT HOUSE WORLD WATER LIGHT
READY SEND STOP HELP HOME WORK HAND LEFT LIFE LIVE LOOK LOVE MIND PART REAL SAME SEEN SIDE TOLD TOOK TURN
WAIT WALK WORD DEAD DEEP FACE FACT FREE FULL HALF HEAD HEAR HELD HIGH HOLD HOUR KNEW LATE LESS LINE LOST MOVE
NEAR NEED ONCE READ REST ROOM SHOW SOON SURE TALK TEAM UPON WHOM WIDE FOUND LEAVE SMALL THREE TODAY UNTIL
WATCH WRITE WRONG ALREADY ALWAYS ANOTHER BETWEEN NOTHING SOMETHING EVERYTHING REMEMBER
SECRET SIGNAL MESSAGE TONIGHT TOMORROW MIDNIGHT NORTH SOUTH EAST WEST VAULT POWER TRUST ATTACK DAWN
`;

export const ENGLISH_WORDS: ReadonlySet<string> = new Set(COMMON.split(/\s+/).filter(Boolean));

/** Three-letter words common enough to trust inside unspaced text; chance hits there are rare. */
const INSIDE_RUN_SHORT = new Set(['THE', 'AND', 'FOR', 'ARE', 'WAS', 'YOU', 'NOT', 'BUT']);
const LONGEST = Math.max(...Array.from(ENGLISH_WORDS, (w) => w.length));
/** A run of letters this long is probably text written without spaces. */
const UNSPACED_RUN = 8;

export interface Segment {
  readonly text: string;
  /** True when this segment is a recognised English word. */
  readonly word: boolean;
}

export interface EnglishMarks {
  readonly segments: readonly Segment[];
  /** Number of English words found (occurrences). */
  readonly count: number;
}

function wordsInsideRun(run: string): [number, number][] {
  const found: [number, number][] = [];
  const upper = run.toUpperCase();
  let i = 0;
  while (i < upper.length) {
    let matched = 0;
    for (let len = Math.min(LONGEST, upper.length - i); len >= 3; len--) {
      const candidate = upper.slice(i, i + len);
      if ((len >= 4 && ENGLISH_WORDS.has(candidate)) || (len === 3 && INSIDE_RUN_SHORT.has(candidate))) {
        matched = len;
        break;
      }
    }
    if (matched) {
      found.push([i, i + matched]);
      i += matched;
    } else i++;
  }
  return found;
}

/**
 * Splits the first `limit` characters of `text` into plain and English-word segments (the rest is one
 * plain segment, so huge outputs stay cheap to show). Whole words of two or more letters count; inside long
 * unspaced runs, words of four or more letters and a few very common three-letter ones count.
 */
export function markEnglish(text: string, limit = 20_000): EnglishMarks {
  const head = text.slice(0, limit);
  const segments: Segment[] = [];
  let plainStart = 0;
  let count = 0;
  const pushWord = (start: number, end: number) => {
    if (start > plainStart) segments.push({ text: head.slice(plainStart, start), word: false });
    segments.push({ text: head.slice(start, end), word: true });
    plainStart = end;
    count++;
  };
  for (const match of head.matchAll(/[A-Za-z]+/g)) {
    const start = match.index;
    const token = match[0];
    if (token.length >= 2 && ENGLISH_WORDS.has(token.toUpperCase())) pushWord(start, start + token.length);
    else if (token.length >= UNSPACED_RUN)
      for (const [from, to] of wordsInsideRun(token)) pushWord(start + from, start + to);
  }
  const tail = head.slice(plainStart) + text.slice(limit);
  if (tail) segments.push({ text: tail, word: false });
  return { segments, count };
}
