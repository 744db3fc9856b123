import { createBrowserClient } from '@dolfinai/browser';
import { itKeepsEveryRoute } from '../../core/test/path-attacks.js';

itKeepsEveryRoute((fetch) => createBrowserClient({ token: 'session-token', fetch }));
