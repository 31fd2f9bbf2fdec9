// GitHub Action entry: only calls run() with the runner's environment.
import { run } from "./github/action-main.js";

void run(process.env);
