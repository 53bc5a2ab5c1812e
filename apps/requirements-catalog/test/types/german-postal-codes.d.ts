declare module 'german-postal-codes' {
  const codes: readonly string[];
  export default codes;
}
