export { SaveController, saveStateText } from './save-controller';
export type { SaveControllerOptions, SaveState } from './save-controller';
export { forgetDocument, keepDocument, keptDocument } from './kept-document';
export type { KeptDocument, KeyValueStorage } from './kept-document';
export { forgetOpenedPlan, forgetOpenedPlans, keepOpenedPlan, keepSavedVersion, openedHouseholds, openedPlan } from './opened-plan';
export type { OpenedPlan } from './opened-plan';
export { forgetAccount, keepAccount, keptAccount } from './kept-account';
export { registerServiceWorker } from './register-service-worker';
