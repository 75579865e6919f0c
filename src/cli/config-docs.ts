import { describeConfig } from '../config.js'

// Prints the README's configuration table from the zod schema (npm run env:docs).
console.log(describeConfig())
