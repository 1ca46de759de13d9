from __future__ import annotations

import strawberry

from domain.errors import DomainError


@strawberry.type(description="可预期的失败：字段、英文代码与中文提示")
class UserError:
    field: str | None = strawberry.field(description="出错的输入字段（camelCase 路径）")
    code: str = strawberry.field(description="错误代码（英文，供程序判断）")
    message: str = strawberry.field(description="中文提示")

    @classmethod
    def of(cls, error: DomainError) -> UserError:
        return cls(field=error.field, code=error.code, message=error.message)
