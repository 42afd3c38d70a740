export const APP_VERSION = process.env.REMOTE_CONNECT_VERSION ?? "0.0.0-dev";
