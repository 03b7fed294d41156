import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { FundingModel } from '../payments/payments.module';
import { CreateTaskInput } from './dto/create-task.input';
import { FundTaskArgs, TaskArgs, TaskIdArgs, TasksArgs } from './dto/task.args';
import { TaskConnection, TaskModel } from './dto/task.model';
import { TaskLifecycleService } from './task-lifecycle.service';
import { TasksService } from './tasks.service';

const MANAGERS = [Role.REQUESTER, Role.ADMIN];

@Resolver(() => TaskModel)
export class TasksResolver {
  constructor(
    private readonly service: TasksService,
    private readonly lifecycle: TaskLifecycleService,
  ) {}

  @Query(() => TaskModel)
  task(@CurrentUser() me: Principal, @Args() { id }: TaskArgs): Promise<TaskModel> {
    return this.service.get(me, id);
  }

  @Query(() => TaskConnection, { description: 'Tasks the caller may see, newest first' })
  tasks(@CurrentUser() me: Principal, @Args() args: TasksArgs): Promise<TaskConnection> {
    return this.service.list(me, args);
  }

  @Roles(Role.REQUESTER)
  @Mutation(() => TaskModel)
  createTask(@CurrentUser() me: Principal, @Args('input') input: CreateTaskInput): Promise<TaskModel> {
    return this.service.create(me, input);
  }

  @Roles(...MANAGERS)
  @Mutation(() => FundingModel)
  fundTask(
    @CurrentUser() me: Principal,
    @Args() { taskId, paymentMethod, amount }: FundTaskArgs,
  ): Promise<FundingModel> {
    return this.lifecycle.fund(me, taskId, paymentMethod, amount);
  }

  @Roles(...MANAGERS)
  @Mutation(() => TaskModel)
  publishTask(@CurrentUser() me: Principal, @Args() { taskId }: TaskIdArgs): Promise<TaskModel> {
    return this.lifecycle.publish(me, taskId);
  }

  @Roles(...MANAGERS)
  @Mutation(() => TaskModel)
  pauseTask(@CurrentUser() me: Principal, @Args() { taskId }: TaskIdArgs): Promise<TaskModel> {
    return this.lifecycle.transition(me, taskId, 'paused');
  }

  @Roles(...MANAGERS)
  @Mutation(() => TaskModel)
  resumeTask(@CurrentUser() me: Principal, @Args() { taskId }: TaskIdArgs): Promise<TaskModel> {
    return this.lifecycle.transition(me, taskId, 'resumed');
  }

  @Roles(...MANAGERS)
  @Mutation(() => TaskModel)
  closeTask(@CurrentUser() me: Principal, @Args() { taskId }: TaskIdArgs): Promise<TaskModel> {
    return this.lifecycle.transition(me, taskId, 'closed');
  }

  @Roles(...MANAGERS)
  @Mutation(() => TaskModel)
  cancelTask(@CurrentUser() me: Principal, @Args() { taskId }: TaskIdArgs): Promise<TaskModel> {
    return this.lifecycle.transition(me, taskId, 'cancelled');
  }
}
