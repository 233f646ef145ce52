// Sent as `Client-Agent` (name:version:contact) so horde operators know who calls them.
export const APP_VERSION: string = import.meta.env.VITE_APP_VERSION ?? '0.1.0'
export const CLIENT_AGENT = `HordeStudio:${APP_VERSION}:${import.meta.env.VITE_CLIENT_CONTACT ?? 'unknown'}`
