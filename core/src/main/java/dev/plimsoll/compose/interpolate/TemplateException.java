package dev.plimsoll.compose.interpolate;

/** A template that cannot be expanded: bad syntax, or a required variable without a value. */
public final class TemplateException extends Exception {
  private static final long serialVersionUID = 1L;

  public TemplateException(String message) {
    super(message);
  }
}
