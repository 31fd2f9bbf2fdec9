// GitHub Action entry: only calls run().
import { run } from "./github/action-main.js";

void run();
