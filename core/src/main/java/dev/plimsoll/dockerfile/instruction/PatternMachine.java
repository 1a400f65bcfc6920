package dev.plimsoll.dockerfile.instruction;

/**
 * A Pike VM over a compiled {@link ShellPattern}: every thread advances in step, at most one per
 * program position, kept in priority order. That gives Go's leftmost-first answer (the one a
 * backtracking matcher would find first) in O(pattern × value) time and O(pattern) memory.
 *
 * <p>Not thread-safe: it keeps its thread lists between searches.
 *
 * <p>The program holds code points to match literally, {@link #ANY} for {@code ?} and {@link #STAR}
 * for {@code *}; position {@code program.length} is the match. A {@code STAR} thread stays on its
 * position while it consumes characters.
 */
final class PatternMachine {
  static final int ANY = -1;
  static final int STAR = -2;

  private final int[] program;
  private final boolean greedy;
  // Scratch lists, reused by every search: ${V//p/r} searches once per match.
  private Threads run;
  private Threads next;

  PatternMachine(int[] program, boolean greedy) {
    this.program = program;
    this.greedy = greedy;
    this.run = new Threads(program.length + 1);
    this.next = new Threads(program.length + 1);
  }

  /**
   * Finds the first match at or after {@code from} (only at {@code from} when {@code anchored}) and
   * stores its start and end in {@code span}.
   */
  boolean search(int[] text, int from, boolean anchored, int[] span) {
    run.clear();
    boolean matched = false;
    for (int pos = from; ; pos++) {
      if (run.size == 0 && (matched || (anchored && pos != from))) {
        break;
      }
      if (!matched && (pos == from || !anchored)) {
        // A new start has the lowest priority: an earlier start always wins.
        add(run, 0, pos);
      }
      int ch = pos < text.length ? text[pos] : ShellWord.EOF;
      next.clear();
      for (int i = 0; i < run.size; i++) {
        int pc = run.pcs[i];
        int start = run.starts[i];
        if (pc == program.length) {
          span[0] = start;
          span[1] = pos;
          matched = true;
          // Leftmost-first: threads of lower priority than this match are dropped.
          break;
        }
        if (ch == ShellWord.EOF) {
          continue;
        }
        int op = program[pc];
        if (op == STAR) {
          if (ch != '\n') {
            add(next, pc, start);
          }
        } else if (op == ANY ? ch != '\n' : op == ch) {
          add(next, pc + 1, start);
        }
      }
      if (ch == ShellWord.EOF) {
        break;
      }
      Threads swap = run;
      run = next;
      next = swap;
    }
    return matched;
  }

  /** Adds the thread at {@code pc} and what it reaches without consuming, in priority order. */
  private void add(Threads threads, int pc, int start) {
    if (threads.contains(pc)) {
      return;
    }
    if (pc < program.length && program[pc] == STAR) {
      // Stars never follow stars (ShellPattern merges them), so this recurses at most once.
      if (greedy) {
        threads.push(pc, start);
        add(threads, pc + 1, start);
      } else {
        add(threads, pc + 1, start);
        threads.push(pc, start);
      }
    } else {
      threads.push(pc, start);
    }
  }

  /** A sparse set of program positions, in insertion order, cleared in O(1). */
  private static final class Threads {
    final int[] pcs;
    final int[] starts;
    private final int[] index;
    int size;

    Threads(int capacity) {
      pcs = new int[capacity];
      starts = new int[capacity];
      index = new int[capacity];
    }

    boolean contains(int pc) {
      int i = index[pc];
      return i < size && pcs[i] == pc;
    }

    void push(int pc, int start) {
      index[pc] = size;
      pcs[size] = pc;
      starts[size] = start;
      size++;
    }

    void clear() {
      size = 0;
    }
  }
}
