import 'fake-indexeddb/auto';
import { loadMessages } from './fakes/load-messages';

loadMessages('en');
