using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Stations.Domain;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.Tests;

/// <summary>Every text the domain accepts fits its column, and the column refuses nothing the domain accepts.</summary>
public sealed class ModelLimitsTests
{
    public static TheoryData<Type, string, int> Columns => new()
    {
        { typeof(Station), nameof(Station.Name), Station.MaxNameLength },
        { typeof(Station), nameof(Station.DivisionCode), DivisionCodes.MaxLength },
        { typeof(Station), nameof(Station.Address), Station.MaxAddressLength },
        { typeof(Station), nameof(Station.OpeningHours), Station.MaxOpeningHoursLength },
        { typeof(Station), nameof(Station.Phone), Station.MaxPhoneLength },
        { typeof(AssignedDeputy), nameof(AssignedDeputy.Name), StationsLimits.MaxPersonNameLength },
        { typeof(RosterEntry), nameof(RosterEntry.Title), RosterEntry.MaxTitleLength },
        { typeof(RosterEntry), nameof(RosterEntry.Theme), RosterEntry.MaxTitleLength },
        { typeof(RosterEntry), nameof(RosterEntry.OfficialName), RosterEntry.MaxOfficialNameLength },
        { typeof(RosterEntry), nameof(RosterEntry.Place), RosterEntry.MaxPlaceLength },
        { typeof(DutyShift), nameof(DutyShift.DeputyName), StationsLimits.MaxPersonNameLength },
        { typeof(Opinion), nameof(Opinion.Content), Opinion.MaxContentLength },
        { typeof(Opinion), nameof(Opinion.DivisionCode), DivisionCodes.MaxLength },
        { typeof(Opinion), nameof(Opinion.DeputyName), StationsLimits.MaxPersonNameLength },
        { typeof(Opinion), nameof(Opinion.CitizenName), StationsLimits.MaxPersonNameLength },
        { typeof(Opinion), nameof(Opinion.CitizenPhone), Phones.Length },
        { typeof(Opinion), nameof(Opinion.CitizenIdNumber), PersonalData.IdNumberLength },
        { typeof(Opinion), nameof(Opinion.Category), Opinion.MaxCategoryLength },
        { typeof(Opinion), nameof(Opinion.LocalNote), Opinion.MaxAnswerLength },
        { typeof(Opinion), nameof(Opinion.UnitCode), StationsLimits.MaxUnitCodeLength },
        { typeof(Opinion), nameof(Opinion.SuggestionTitle), Opinion.MaxSuggestionTitleLength },
        { typeof(Opinion), nameof(Opinion.Answer), Opinion.MaxAnswerLength },
        { typeof(Opinion), nameof(Opinion.RatingComment), Opinion.MaxRatingCommentLength },
        { typeof(OpinionImage), nameof(OpinionImage.ContentType), OpinionImage.MaxContentTypeLength },
        { typeof(Booking), nameof(Booking.CitizenName), StationsLimits.MaxPersonNameLength },
        { typeof(Booking), nameof(Booking.CitizenPhone), Phones.Length },
        { typeof(Booking), nameof(Booking.Topic), Booking.MaxTopicLength },
        { typeof(Hearing), nameof(Hearing.Title), Hearing.MaxTitleLength },
        { typeof(Hearing), nameof(Hearing.Topic), Hearing.MaxTopicLength },
        { typeof(Hearing), nameof(Hearing.Place), Hearing.MaxPlaceLength },
        { typeof(Hearing), nameof(Hearing.Officials), Hearing.MaxOfficialsLength },
        { typeof(Hearing), nameof(Hearing.Summary), Hearing.MaxSummaryLength },
        { typeof(QuestionLead), nameof(QuestionLead.Content), Hearing.MaxLeadLength },
        { typeof(SessionQuestion), nameof(SessionQuestion.Question), Hearing.MaxQuestionLength },
        { typeof(SessionQuestion), nameof(SessionQuestion.AskedBy), Hearing.MaxSpeakerLength },
        { typeof(SessionQuestion), nameof(SessionQuestion.Answer), Hearing.MaxAnswerLength },
        { typeof(SessionQuestion), nameof(SessionQuestion.AnsweredBy), Hearing.MaxSpeakerLength },
        { typeof(FollowUpLetter), nameof(FollowUpLetter.UnitCode), StationsLimits.MaxUnitCodeLength },
        { typeof(FollowUpLetter), nameof(FollowUpLetter.Subject), FollowUpLetter.MaxSubjectLength },
        { typeof(FollowUpLetter), nameof(FollowUpLetter.Body), FollowUpLetter.MaxBodyLength },
        { typeof(FollowUpLetter), nameof(FollowUpLetter.Answer), FollowUpLetter.MaxAnswerLength },
    };

    [Theory]
    [MemberData(nameof(Columns))]
    public void The_database_column_holds_exactly_what_the_domain_accepts(Type entity, string property, int maxLength)
    {
        var options = new DbContextOptionsBuilder<StationsContext>().UseNpgsql("Host=unused").Options;
        using var db = new StationsContext(options, new HttpContextAccessor());

        var entityType = Assert.Single(db.Model.GetEntityTypes(), type => type.ClrType == entity);
        Assert.Equal(maxLength, entityType.FindProperty(property)!.GetMaxLength());
    }
}
