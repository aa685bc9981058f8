#!/usr/bin/env node
// The package's bin: Node 24 runs the TypeScript source directly (type stripping), no build step.
import '../src/cli/main.ts';
