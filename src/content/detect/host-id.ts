/**
 * The id of our host element is a contract with acceptance tests outside this project. It lives in
 * detection because detection must ignore everything inside it (our own panel is never a step).
 */
export const HOST_ID = 'app-password-guide';
