using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Surveys;

namespace Pixyer.Application.Features.Surveys.DeleteMySurveyResponse;

public sealed class DeleteMySurveyResponseCommandHandler(IAppDbContext db, ICurrentActor actor) : ICommandHandler<DeleteMySurveyResponseCommand>
{
    public async ValueTask<Unit> Handle(DeleteMySurveyResponseCommand command, CancellationToken cancellationToken)
    {
        var me = actor.RequiredAccountId;
        var response = await db.SurveyResponses.Include(r => r.Answers)
                           .FirstOrDefaultAsync(r => r.Id == new SurveyResponseId(command.Id) && r.SubjectId == me, cancellationToken)
                       ?? throw new NotFoundException("survey response");
        db.SurveyResponses.Remove(response);
        return Unit.Value;
    }
}
