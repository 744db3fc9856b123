import { createServerClient, DolfinPathError } from '@dolfinai/server';
import { itKeepsEveryRoute } from '../../../test/path-attacks.js';

itKeepsEveryRoute(DolfinPathError, (fetch) => createServerClient({ apiKey: 'dol_live_abc123', fetch }));
