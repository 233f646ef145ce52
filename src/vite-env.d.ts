/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_DEFAULT_HORDE_URL?: string
  readonly VITE_APP_VERSION?: string
  readonly VITE_CLIENT_CONTACT?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
