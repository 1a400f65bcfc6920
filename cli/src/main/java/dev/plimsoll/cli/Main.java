package dev.plimsoll.cli;

/** Entry point: runs the picocli command tree and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Plimsoll.run(args));
  }
}
