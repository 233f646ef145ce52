export { kudosFloor, spendableKudos } from './model/transfer'
