import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { loadRuntimeConfig } from './lib/runtimeConfig'
import './index.css'

// config.json decides the default horde, so it is read before anything talks to one.
void loadRuntimeConfig().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
