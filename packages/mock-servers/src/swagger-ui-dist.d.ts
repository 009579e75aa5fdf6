// swagger-ui-dist ships no types; the one file the reference page reads.
declare module 'swagger-ui-dist/absolute-path.js' {
  /** The folder of the swagger-ui-dist package (its static files). */
  const getAbsoluteFSPath: () => string;
  export default getAbsoluteFSPath;
}
