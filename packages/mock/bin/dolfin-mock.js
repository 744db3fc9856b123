#!/usr/bin/env node
// Committed so package managers can link the bin before dist/ is built; the CLI itself is src/cli.ts.
import '../dist/cli.js';
