// Integrity Health Check UI kit: GOV.UK Design System markup as typed React components.
// All are server-renderable and work with JavaScript off; FocusOnMount and PreventDoubleClick
// are small client islands that only enhance.

// Page furniture
export { SkipLink, type SkipLinkProps } from "./SkipLink";
export { ServiceHeader, type ServiceHeaderProps, type NavItem, type HeaderUser } from "./ServiceHeader";
export { ServiceFooter, type ServiceFooterProps, type FooterLink } from "./ServiceFooter";
export { WidthContainer, type WidthContainerProps } from "./WidthContainer";
export { MainWrapper, type MainWrapperProps } from "./MainWrapper";
export { BackLink, type BackLinkProps } from "./BackLink";

// Forms
export { ErrorSummary, type ErrorSummaryProps, type ErrorSummaryItem } from "./ErrorSummary";
export { ErrorMessage, type ErrorMessageProps } from "./ErrorMessage";
export { FormGroup, type FormGroupProps } from "./FormGroup";
export { Fieldset, type FieldsetProps } from "./Fieldset";
export { Label, type LabelProps } from "./Label";
export { Hint, type HintProps } from "./Hint";
export { TextInput, inputWidthClass, type TextInputProps, type InputWidth } from "./TextInput";
export { PasswordInput, type PasswordInputProps } from "./PasswordInput";
export { Textarea, type TextareaProps } from "./Textarea";
export { Select, type SelectProps, type SelectItem } from "./Select";
export { Radios, type RadiosProps, type RadioItem, type RadioDivider, type ChoiceInputProps } from "./Radios";
export { Checkboxes, type CheckboxesProps, type CheckboxItem, type CheckboxDivider } from "./Checkboxes";
export { DateInput, type DateInputProps, type DatePart, type DateFieldProps } from "./DateInput";
export {
  Button,
  type ButtonProps,
  type ButtonAsButtonProps,
  type ButtonAsLinkProps,
  type ButtonVariant,
} from "./Button";
export { ButtonGroup, type ButtonGroupProps } from "./ButtonGroup";

// Display
export { SummaryList, type SummaryListProps, type SummaryListRow, type SummaryListAction, type SummaryListCard } from "./SummaryList";
export { Table, type TableProps, type TableCell, type TableCellObject } from "./Table";
export { Tag, tagClassName, type TagProps, type TagColour, type Rag } from "./Tag";
export { TaskList, type TaskListProps, type TaskListItem, type TaskListStatus } from "./TaskList";
export { Panel, type PanelProps } from "./Panel";
export { NotificationBanner, type NotificationBannerProps } from "./NotificationBanner";
export { InsetText, type InsetTextProps } from "./InsetText";
export { Details, type DetailsProps } from "./Details";
export { WarningText, type WarningTextProps } from "./WarningText";
export { Pagination, paginationHref, paginationItems, type PaginationProps, type PaginationQuery } from "./Pagination";
export { KeyFigure, type KeyFigureProps } from "./KeyFigure";

// Client islands (enhancements only)
export { FocusOnMount, type FocusOnMountProps } from "./FocusOnMount";
export { PreventDoubleClick } from "./PreventDoubleClick";

// Helpers
export { cx, joinIds, type Size, type HeadingLevel } from "./utils";
