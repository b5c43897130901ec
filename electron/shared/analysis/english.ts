// Reference statistics of English text, the yardstick for every analysis.

/** Share of each letter A-Z in typical English prose, in percent. */
export const ENGLISH_FREQUENCIES: readonly number[] = [
  8.17, 1.49, 2.78, 4.25, 12.7, 2.23, 2.02, 6.09, 6.97, 0.15, 0.77, 4.03, 2.41, 6.75, 7.51, 1.93, 0.1, 5.99,
  6.33, 9.06, 2.76, 0.98, 2.36, 0.15, 1.97, 0.07,
];

/** Index of coincidence of English letters: the chance that two letters picked at random are equal. */
export const ENGLISH_IC = 0.0667;
/** Index of coincidence of uniformly random letters, 1/26. */
export const RANDOM_IC = 1 / 26;

export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
