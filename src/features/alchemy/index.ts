export { AlchemyInsights } from './components/AlchemyInsights'
export { tagsAsPrompt } from './model/forms'
export { openInAlchemy } from './source'
