export { removeDocuments } from '../../src/load/index.js';
