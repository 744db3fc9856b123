import { createBrowserClient, DolfinPathError } from '@dolfinai/browser';
import { itKeepsEveryRoute } from '../../../test/path-attacks.js';

itKeepsEveryRoute(DolfinPathError, (fetch) => createBrowserClient({ token: 'session-token', fetch }));
