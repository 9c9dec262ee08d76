import { tUpperQuantile, tUpperTail } from "./src/intergrowth/student-t-tail.ts";
for (const q of [1e-100, 1e-200, 1e-250, 1e-290, 1e-300]) { const t = tUpperQuantile(q, 1); console.log(q, t, 1 / Math.tan(Math.PI * q), tUpperTail(t, 1)); }
console.log(tUpperTail(1e299, 1), tUpperTail(3e299, 1), tUpperTail(1e300,1));
