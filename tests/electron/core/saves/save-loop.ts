// Child process for the kill test: saves an ever-growing counter in a loop and prints each value only
// after its save has returned, until it is killed. Usage: save-loop <folder> <pack> <slot id>
import { writeSync } from 'node:fs';
import { confStoreFactory } from '@core/conf-store';
import { SaveService } from '@core/saves/save-service';

const [folder, packId, slotId] = process.argv.slice(2);
if (!folder || !packId || !slotId) throw new Error('usage: save-loop <folder> <pack> <slot id>');

const saves = new SaveService({ stores: confStoreFactory(folder) });
let counter = saves.loadSlot(packId, slotId).slot.timePlayedMs;
writeSync(1, `start ${counter}\n`);
for (;;) {
  counter += 1;
  saves.updateSlot(packId, slotId, (slot) => {
    slot.timePlayedMs = counter;
    slot.board.viewport.x = counter;
  });
  // Written synchronously so a printed value is never behind a save, and a save is never behind a print.
  writeSync(1, `saved ${counter}\n`);
}
