/**
 * A cited sentence in quotation marks, as every front end shows it; a sentence that already
 * opens with a quotation of its own (“Putin is fear. …,” Volkov wrote) is not wrapped twice.
 */
export function quoteSentence(text: string): string {
  return /^[“"«]/.test(text) ? text : `“${text}”`;
}
