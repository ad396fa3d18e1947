package io.facadeswitch;

/** Input refused before anything was written, whichever area it was meant for. */
public enum InputErrorCode implements ErrorCode {

    /** Text an operator gave (a reason, a name, a limit) is unprintable, too long or out of range. */
    INVALID_INPUT("INVALID_INPUT", 400);

    private final String code;
    private final int httpStatus;

    InputErrorCode(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }
}
