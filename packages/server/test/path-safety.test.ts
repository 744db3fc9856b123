import { createServerClient } from '@dolfinai/server';
import { itKeepsEveryRoute } from '../../core/test/path-attacks.js';

itKeepsEveryRoute((fetch) => createServerClient({ apiKey: 'dol_live_abc123', fetch }));
