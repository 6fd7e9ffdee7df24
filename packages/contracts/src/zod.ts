// Every contract imports zod through this module, so whoever loads a contract (the API, the web
// app, a CLI) gets zod's Russian messages: «Неверный ввод: ожидалось string», not «Invalid input».
// z.config is global to the JavaScript realm, so schemas built with 'zod' elsewhere get them too.
import { z } from 'zod';
import { ru } from 'zod/locales';

z.config(ru());

export { z };
