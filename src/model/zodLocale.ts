// zod speaks English unless told otherwise, and a schema's check without a message of its own
// would put that English in front of a user (「Too small: expected string…」). The locale is read
// when a value is checked, so it only has to be set before the first parse: report.ts, which every
// schema of the model reaches, imports this first.

import { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';

z.config(zhCN());
