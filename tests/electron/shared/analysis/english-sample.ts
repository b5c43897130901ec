// A few paragraphs of ordinary English prose, written for these tests, to give the analysers real text.
export const ENGLISH_SAMPLE = `The night shift at the harbour office began when the last ferry left the quay. Aria had
worked there for three winters, long enough to know which lamps flickered before a storm and which clerk
would leave a window open to listen to the water. Nobody expected anything to happen on a Tuesday, and so
nobody noticed the small grey parcel that arrived without a name, tucked between the weather reports and
the invoices for rope, paint and diesel.

Inside the parcel there was a notebook with a cracked green cover. Most of its pages were blank, but the
first ten were filled with neat rows of letters that made no sense at all. There were no spaces between the
words, or perhaps there were no words, only long chains of consonants broken now and then by a lonely vowel.
On the inside of the cover someone had written a single line in pencil: remember the song your mother sang
when the lights went out.

Aria spent the rest of the night at the long table by the radiator, copying the rows into her own book and
counting how often each letter appeared. The letter that should have been the most common in any English
text was nowhere near the top of the list. Instead two quite ordinary letters led the count, and a third
followed close behind them, as if the writer had taken the alphabet apart and put it back together in a
careful but different order. She knew then that this was not the work of a child playing with a code found
in a magazine, but of someone who wanted the message to be read by one particular person and by no one else.

By morning the tide had turned and the rain had settled into a patient drizzle over the roofs of the old
town. The first workers came in with wet coats and loud opinions about the football, and the notebook went
back into its parcel and into the drawer beneath her desk. She did not mention it to anyone. It was not
that she distrusted her colleagues, although one or two of them would certainly have laughed, but that the
line in pencil had made her think of her own mother, and of a song about a lighthouse keeper who counted the
waves to stay awake through the longest night of the year.`;
