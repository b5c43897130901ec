// The renderer's only way to reach the game engine: the GameApi the preload exposes as window.game.
import type { GameApi } from '@shared/game-api';
import type { Result } from '@shared/result';

declare global {
  interface Window {
    game: GameApi;
  }
}

export function game(): GameApi {
  if (!window.game) throw new Error('The game bridge is missing: start Resonance with "npm start".');
  return window.game;
}

/** Unwraps a result, turning a failure into an Error whose message is the engine's sentence. */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(result.message);
  return result.value;
}
