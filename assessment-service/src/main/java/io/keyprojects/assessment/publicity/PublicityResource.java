package io.keyprojects.assessment.publicity;

import io.keyprojects.platform.http.QueryParameters;
import io.keyprojects.platform.idempotency.IdempotentRequests;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/publicity")
@Tag(name = "Publicity", description = "宣传: model cases (先进典型) and exposed obstruction (曝光) published to the public site")
public class PublicityResource {
    static final String EXAMPLE = """
            {"id":"2f6a1c9e-5b7d-4e1a-9c3b-8d2e4f6a0b1c","kind":"EXPOSURE","projectId":"0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01","projectCode":"2026-ZD-031",
             "projectName":"城东安置房","title":"城东安置房项目阻挠施工问题曝光","text":"个别人员多次阻挠施工，经教育无效，已依法处理。",
             "publishedAt":"2026-06-28T02:00:00Z","publishedBy":"supervisor"}""";

    private final Publicity publicity;
    private final Caller caller;
    private final IdempotentRequests idempotency;

    PublicityResource(Publicity publicity, Caller caller, IdempotentRequests idempotency) {
        this.publicity = publicity;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @WithTransaction
    @RolesAllowed({Roles.COMMANDER, Roles.SUPERVISOR})
    @Operation(operationId = "publishPublicityCase", summary = "Publish a model case (先进典型) or an exposed obstruction case (曝光) of a project to the public site "
            + "(commander, supervisor); announced as publicity-published")
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "exposure", value = """
                    {"kind":"EXPOSURE","projectId":"0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01","title":"城东安置房项目阻挠施工问题曝光",
                     "text":"个别人员多次阻挠施工，经教育无效，已依法处理。"}"""),
            @ExampleObject(name = "modelCase", value = """
                    {"kind":"MODEL_CASE","projectId":"0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01","title":"城东污水处理厂提前完成主体结构",
                     "text":"倒排工期、挂图作战，比计划提前20天完成主体结构封顶。"}""")}))
    @APIResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicityView.class),
            examples = @ExampleObject(name = "created", value = EXAMPLE)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "unknown project (unknown-project)", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> publish(@Parameter(description = IdempotentRequests.DESCRIPTION) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                 @Valid @NotNull PublicityRequest request) {
        return idempotency.once(idempotencyKey, caller.name(), "POST /api/publicity", request, () -> publicity.publish(request, caller.name())
                .map(v -> Response.created(URI.create("/api/publicity/" + v.id())).entity(v).build()));
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    @Operation(operationId = "getPublicityCase", summary = "One published model case or exposure")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicityView.class),
            examples = @ExampleObject(name = "case", value = EXAMPLE)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json"))
    public Uni<PublicityView> one(@PathParam("id") UUID id) {
        return publicity.one(id);
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.SUPERVISOR, Roles.COMMANDER, Roles.AUDITOR, Roles.PORTAL, Roles.DEPARTMENT})
    @Operation(operationId = "listPublicityCases", summary = "Published model cases and exposures, newest first, paged")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(ref = "PagePublicityView"),
            examples = @ExampleObject(name = "cases", value = "{\"items\":[" + EXAMPLE + "],\"page\":0,\"size\":20,\"total\":1}")))
    @APIResponse(responseCode = "400", content = @Content(mediaType = "application/problem+json"))
    public Uni<Page<PublicityView>> list(@Parameter(description = "MODEL_CASE or EXPOSURE; both when left out") @QueryParam("kind") String kind,
                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PublicityKind k = kind == null ? null : QueryParameters.read("kind", kind, "MODEL_CASE or EXPOSURE", PublicityKind::valueOf);
        return publicity.list(k, PageRequest.of(page, size));
    }
}
