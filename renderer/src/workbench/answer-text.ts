// Turning workbench output into an answer: answers are one line, so line breaks become spaces.

/** Line breaks, with any spaces around them, become one space; the ends are trimmed. */
export function asAnswer(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t\r\n]*/g, ' ').trim();
}

/** The output's non-empty lines, trimmed, for the player to pick one as the answer. */
export function answerLines(output: string): string[] {
  return output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
