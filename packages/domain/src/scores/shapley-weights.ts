import { at } from './guards.ts';

/** s!(count − s − 1)!/count! for s = 0…count − 1: the Shapley weight of joining a coalition of size s. */
export function shapleyWeights(count: number): number[] {
  const factorial = [1];
  for (let i = 1; i <= count; i++) factorial.push(at(factorial, i - 1) * i);
  return Array.from(
    { length: count },
    (_, size) => (at(factorial, size) * at(factorial, count - size - 1)) / at(factorial, count),
  );
}

/** Number of set bits: the size of the subset that `mask` stands for. */
export function popCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest; rest &= rest - 1) count++;
  return count;
}
