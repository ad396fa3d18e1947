package io.facadeswitch.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.FacadeSwitchException;
import io.facadeswitch.canary.RolloutErrorCode;
import io.facadeswitch.canary.RolloutException;
import io.facadeswitch.db.DatabaseErrorCode;
import io.facadeswitch.db.DatabaseException;
import io.facadeswitch.routing.RoutingErrorCode;
import io.facadeswitch.routing.RoutingException;
import io.facadeswitch.support.SwitchTestBase;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The handler answers with the status the error's code names, and the routing only with a 409. */
class FacadeSwitchExceptionHandlerTest extends SwitchTestBase {

    private HttpResponse<Problem> answer(FacadeSwitchException error) {
        return new FacadeSwitchExceptionHandler(routing()).handle(null, error);
    }

    @Test
    void aSwitchLockTimeoutIsAnswered503SoTheCallerRetries() {
        HttpResponse<Problem> response = answer(new DatabaseException(DatabaseErrorCode.LOCK_TIMEOUT,
                "another operator holds the switch lock"));

        assertThat(response.getStatus().getCode()).isEqualTo(503);
        assertThat(response.body().code()).isEqualTo("DB_LOCK_TIMEOUT");
        assertThat(response.body().status()).isEqualTo(503);
        assertThat(response.body().current()).isNull();
    }

    @Test
    void aRefusalThatDependsOnTheRoutingIsAnswered409WithTheCurrentRouting() {
        HttpResponse<Problem> response = answer(new RoutingException(RoutingErrorCode.STALE_GENERATION,
                "the routing moved on"));

        assertThat(response.getStatus().getCode()).isEqualTo(409);
        assertThat(response.body().code()).isEqualTo("ROUTING_STALE_GENERATION");
        assertThat(response.body().current()).isEqualTo(routing().snapshot());
    }

    @Test
    void aRoutingRequestThatIsWrongInItselfIsAnswered400WithoutTheRouting() {
        HttpResponse<Problem> response = answer(new RoutingException(RoutingErrorCode.BAD_REQUEST, "percent 250"));

        assertThat(response.getStatus().getCode()).isEqualTo(400);
        assertThat(response.body().current()).isNull();
    }

    @Test
    void aRolloutThatDoesNotExistIsAnswered404() {
        HttpResponse<Problem> response = answer(new RolloutException(RolloutErrorCode.NO_ROLLOUT, "no rollout 9"));

        assertThat(response.getStatus().getCode()).isEqualTo(404);
        assertThat(response.body().code()).isEqualTo("ROLLOUT_NO_ROLLOUT");
        assertThat(response.body().type()).isEqualTo("https://facade-switch.dev/problems/rollout-no-rollout");
    }

    @Test
    void unusableTokenSettingsAreAnswered500UnderTheirOwnCode() {
        HttpResponse<Problem> response = answer(new ApiTokens.ApiConfigException("invalid facade.api.tokens"));

        assertThat(response.getStatus().getCode()).isEqualTo(500);
        assertThat(response.body().code()).isEqualTo("API_TOKENS_INVALID");
    }
}
