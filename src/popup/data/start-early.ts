/**
 * Imported first by main.tsx: ES modules evaluate in import order, so the first read starts before
 * the App's modules (preact, every component) are evaluated, and runs while they are.
 */
import { startFirstRead } from './first-read';

void startFirstRead();
