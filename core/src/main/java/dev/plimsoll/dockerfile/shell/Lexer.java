package dev.plimsoll.dockerfile.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a script into words and operators (POSIX Shell Command Language, 2.3 Token Recognition),
 * reading heredoc bodies after the newline that ends their line. Iterative, with no regular
 * expression, so time is linear and deep nesting cannot overflow the stack.
 */
final class Lexer {
  /** Operators, longest first so that {@code &&} wins over {@code &}. */
  private static final String[] OPERATORS = {
    "&>>", ";;&", "<<<", "<<-", "&&", "||", ";;", ";&", "|&", "&>", ">>", ">&", ">|", "<<", "<&",
    "<>", ";", "&", "|", "(", ")", "<", ">"
  };

  private final String s;
  private final int n;
  private final LineMap lines;
  private final List<Problem> problems;
  private final Expansions expansions;
  private int pos;

  private final List<Word> pendingHeredocs = new ArrayList<>();
  private final List<Boolean> pendingChomp = new ArrayList<>();
  private final Map<Integer, String> heredocBodies = new HashMap<>();
  private boolean delimiterNext;
  private boolean chompNext;

  Lexer(String script, LineMap lines, List<Problem> problems) {
    this.s = script;
    this.n = script.length();
    this.lines = lines;
    this.problems = problems;
    this.expansions = new Expansions(script, this::problem);
  }

  /** All the tokens, the last one {@link Token.Kind#END}. */
  List<Token> tokenize() {
    List<Token> tokens = new ArrayList<>();
    Token token;
    do {
      token = next();
      tokens.add(token);
    } while (token.kind() != Token.Kind.END);
    return tokens;
  }

  /** The body of the heredoc whose delimiter word starts at {@code offset}, once read. */
  String heredocBody(int offset) {
    return heredocBodies.getOrDefault(offset, "");
  }

  int line(int offset) {
    return lines.line(offset);
  }

  void problem(String message, int offset) {
    problems.add(new Problem(message, offset, lines.line(offset)));
  }

  private Token next() {
    skipBlanks();
    if (pos >= n) {
      if (!pendingHeredocs.isEmpty()) {
        readHeredocBodies();
      }
      return new Token(Token.Kind.END, "", n, null);
    }
    char c = s.charAt(pos);
    if (c == '\n') {
      int at = pos++;
      readHeredocBodies();
      return new Token(Token.Kind.NEWLINE, "\n", at, null);
    }
    if ((c == '<' || c == '>') && pos + 1 < n && s.charAt(pos + 1) == '(') {
      return word(); // bash process substitution, <(cmd)
    }
    for (String op : OPERATORS) {
      if (s.startsWith(op, pos)) {
        int at = pos;
        pos += op.length();
        delimiterNext = op.equals("<<") || op.equals("<<-");
        chompNext = op.equals("<<-");
        return new Token(Token.Kind.OPERATOR, op, at, null);
      }
    }
    if (c >= '0' && c <= '9') {
      int end = pos;
      while (end < n && Character.isDigit(s.charAt(end)) && s.charAt(end) < 128) {
        end++;
      }
      if (end < n && (s.charAt(end) == '<' || s.charAt(end) == '>')) {
        int at = pos;
        pos = end;
        return new Token(Token.Kind.IO_NUMBER, s.substring(at, end), at, null);
      }
    }
    return word();
  }

  /** Blanks, escaped newlines and comments: {@code #} starts one only where a word would start. */
  private void skipBlanks() {
    while (pos < n) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (c == '\\' && pos + 1 < n && s.charAt(pos + 1) == '\n') {
        pos += 2;
      } else if (c == '#') {
        int newline = s.indexOf('\n', pos);
        pos = newline < 0 ? n : newline;
      } else {
        return;
      }
    }
  }

  private static boolean isMeta(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '&' || c == '|'
        || c == '<' || c == '>' || c == '(' || c == ')';
  }

  private Token word() {
    int start = pos;
    WordText text = new WordText();
    while (pos < n) {
      char c = s.charAt(pos);
      if (pos > start && isMeta(c)) {
        break;
      }
      if (c == '\\') {
        pos = escaped(text);
      } else if (c == '\'') {
        text.quoted = true;
        int close = s.indexOf('\'', pos + 1);
        if (close < 0) {
          problem("unterminated single quote", pos);
          close = n;
        }
        text.literal.append(s, pos + 1, close);
        pos = Math.min(n, close + 1);
      } else if (c == '"') {
        pos = doubleQuoted(text);
      } else if (c == '$' || c == '`' || c == '<' || c == '>') {
        pos = expansions.dollarOrBacktick(pos, text, false);
      } else {
        text.literal.append(c);
        pos++;
      }
    }
    String raw = s.substring(start, pos);
    Word word = text.word(raw, start, lines.line(start));
    if (delimiterNext) {
      pendingHeredocs.add(word);
      pendingChomp.add(chompNext);
      delimiterNext = false;
    }
    return new Token(Token.Kind.WORD, raw, start, word);
  }

  /** A backslash outside quotes: quotes the next character; before a newline, joins lines. */
  private int escaped(WordText text) {
    if (pos + 1 >= n) {
      text.literal.append('\\');
      return n;
    }
    if (s.charAt(pos + 1) != '\n') {
      text.quoted = true;
      text.literal.append(s.charAt(pos + 1));
    }
    return pos + 2;
  }

  /** Inside {@code "..."}, a backslash quotes only {@code $ ` " \} and newline. */
  private int doubleQuoted(WordText text) {
    text.quoted = true;
    int i = pos + 1;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < n && "$`\"\\\n".indexOf(s.charAt(i + 1)) >= 0) {
        if (s.charAt(i + 1) != '\n') {
          text.literal.append(s.charAt(i + 1));
        }
        i += 2;
      } else if (c == '$' || c == '`') {
        i = expansions.dollarOrBacktick(i, text, true);
      } else {
        text.literal.append(c);
        i++;
      }
    }
    problem("unterminated double quote", pos);
    return n;
  }

  /** After a newline: the bodies of the heredocs opened on the line it ends. */
  private void readHeredocBodies() {
    for (int k = 0; k < pendingHeredocs.size(); k++) {
      Word delimiter = pendingHeredocs.get(k);
      String name = delimiter.literal().orElse(delimiter.unquoted());
      boolean chomp = pendingChomp.get(k);
      int bodyStart = pos;
      boolean found = false;
      while (pos < n) {
        int newline = s.indexOf('\n', pos);
        int end = newline < 0 ? n : newline;
        int from = pos;
        while (chomp && from < end && s.charAt(from) == '\t') {
          from++;
        }
        // A CRLF script still ends its heredoc at the delimiter line.
        int to = end > from && s.charAt(end - 1) == '\r' ? end - 1 : end;
        String line = s.substring(from, to);
        int lineStart = pos;
        pos = newline < 0 ? n : newline + 1;
        if (line.equals(name)) {
          heredocBodies.put(delimiter.offset(), s.substring(bodyStart, lineStart));
          found = true;
          break;
        }
      }
      if (!found) {
        problem("unterminated heredoc <<" + name, delimiter.offset());
        heredocBodies.put(delimiter.offset(), s.substring(bodyStart, pos));
      }
    }
    pendingHeredocs.clear();
    pendingChomp.clear();
  }
}
