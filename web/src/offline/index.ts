export { SaveController, saveStateText } from './save-controller';
export type { SaveControllerOptions, SaveState } from './save-controller';
export { forgetDocument, keepDocument, keptDocument } from './kept-document';
export type { KeptDocument, KeyValueStorage } from './kept-document';
